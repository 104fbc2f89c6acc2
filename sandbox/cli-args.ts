import { parseArgs } from 'node:util';
import { isScenarioName, SCENARIOS, type ScenarioName } from './scenarios';

export const CLI_USAGE = `Usage: npm run sandbox -- [--scenario <name>] [--port <n>] [--live] [--interval <ms>] [--token <t>]
Scenarios: ${SCENARIOS.join(', ')}`;

export interface CliOptions {
  scenario: ScenarioName;
  port: number;
  live: boolean;
  liveIntervalMs: number | undefined;
  token: string | undefined;
}

export type CliArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

/** Reads the sandbox CLI's arguments; never throws. */
export function parseCliArgs(argv: string[]): CliArgs {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string', default: 'demo' },
        port: { type: 'string', default: '8787' },
        live: { type: 'boolean', default: false },
        interval: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  if (!isScenarioName(values.scenario)) return { kind: 'error', message: `Unknown scenario "${values.scenario}".` };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) return { kind: 'error', message: `Invalid port "${values.port}".` };
  const interval = values.interval;
  if (interval !== undefined && !(/^\d+$/.test(interval) && Number(interval) >= 10)) {
    return { kind: 'error', message: `Invalid interval "${interval}" (milliseconds, at least 10).` };
  }
  return {
    kind: 'run',
    options: {
      scenario: values.scenario,
      port,
      live: values.live,
      liveIntervalMs: interval === undefined ? undefined : Number(interval),
      token: values.token,
    },
  };
}

/**
 * One sentence for a port another process holds: which port, how to free it, and the
 * command to pick another (`npm start` or `npm run sandbox`, whichever the user ran).
 */
export function portTakenMessage(port: number, script = process.env.npm_lifecycle_event): string {
  const command = script === 'start' ? 'npm start --' : 'npm run sandbox --';
  return `Port ${port} is already in use: stop the process that holds it (\`lsof -i :${port}\` shows it, often an earlier sandbox) or pick another port, e.g. \`${command} --port ${port + 1}\`.`;
}

/** Whether an error is the server's "address already in use". */
export const isPortTaken = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
