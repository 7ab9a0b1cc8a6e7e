// Known cryptocurrency miners by executable name. A miner on a datacentre GPU is almost always
// a compromise (stolen credentials, an exposed notebook, a poisoned image). Pure.

/** Executable names (lower case, no .exe) of GPU and CPU miners seen in the wild. */
export const MINER_NAMES: readonly string[] = [
  'xmrig', 'xmrig-cuda', 'xmrig-nvidia', 'xmr-stak', 'xmr-stak-rx', 't-rex', 'trex', 'lolminer', 'nbminer', 'phoenixminer',
  'ethminer', 'gminer', 'nanominer', 'teamredminer', 'bzminer', 'srbminer', 'srbminer-multi', 'ccminer', 'cgminer', 'bminer',
  'ethdcrminer64', 'nheqminer', 'rigel', 'onezerominer', 'wildrig', 'wildrig-multi', 'miniz', 'kawpowminer', 'cryptodredge',
  'z-enemy', 'excavator', 'cpuminer', 'cpuminer-opt', 'minerd', 'progminer', 'ttminer', 'danila-miner', 'lolminer_mnx',
];

// folder names give a miner away even when the binary is renamed to "miner" (GMiner's own name)
const MINER_WORDS = /(xmrig|lolminer|nbminer|phoenixminer|t-rex|trex-|gminer|nanominer|teamredminer|bzminer|srbminer|ethminer|nheqminer|onezerominer|wildrig|kawpowminer|cryptodredge)/i;

/** The miner a process name or path names, or undefined. */
export function minerOf(processName: string): string | undefined {
  const trimmed = processName.trim();
  if (trimmed === '') return undefined;
  const base = trimmed.split(/[\\/]/).pop()!.split(/\s/)[0]!.toLowerCase().replace(/\.exe$/, '');
  if (MINER_NAMES.includes(base)) return base;
  const word = MINER_WORDS.exec(trimmed);
  return word ? word[1]!.toLowerCase().replace(/-$/, '') : undefined;
}
