import { CLI_USAGE, isPortTaken, parseCliArgs, portTakenMessage } from './cli-args';
import { startSandbox } from './server';

const args = parseCliArgs(process.argv.slice(2));
if (args.kind === 'help') {
  console.log(CLI_USAGE);
  process.exit(0);
}
if (args.kind === 'error') {
  console.error(`${args.message}\n${CLI_USAGE}`);
  process.exit(2);
}

const { options } = args;
const sandbox = await startSandbox(options).catch((error: unknown) => {
  if (!isPortTaken(error)) throw error;
  console.error(portTakenMessage(options.port));
  process.exit(1);
});
console.log(`AgentPMT sandbox (scenario "${options.scenario}"${options.live ? ', live' : ''}) at ${sandbox.url}`);
console.log(`Bearer token: ${sandbox.token}`);
console.log(`Try: curl -X POST ${sandbox.url}/__sandbox/buy -H 'content-type: application/json' -d '{"credits":500}'`);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the sandbox.`);
  void sandbox.close().then(() => process.exit(0));
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
