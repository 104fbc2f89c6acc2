/* global chrome, document -- runs as an extension page, copied in by scripts/bench.mjs */
/**
 * The benchmark's reference popup: the least an extension page can do to show the balance.
 * Reads the stored snapshot and writes its balance, as the popup's balance line does; no
 * framework, no validation. It is copied into a copy of the build by the benchmark only.
 */
chrome.storage.local.get('snapshot').then(({ snapshot }) => {
  const balance = snapshot.balance.balance;
  const line = document.createElement('p');
  line.dataset.testid = 'balance-credits';
  line.textContent = `${new Intl.NumberFormat(navigator.languages).format(balance)} ${balance === 1 ? 'credit' : 'credits'}`;
  document.body.append(line);
});
