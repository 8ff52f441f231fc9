import { globalAgent } from "node:https";
import { rootCertificates } from "node:tls";

/*
 * The Zowe SDKs send their requests through https.globalAgent and have no option for a CA of their own, and
 * NODE_EXTRA_CA_CERTS is read only when node starts, before the simulator has made its CA. So the CA is added to the
 * global agent's trusted certificates (beside Node's own roots) while the simulator runs, and taken out at stop.
 */
const trusted = new Map<string, number>();
let original: typeof globalAgent.options.ca;

export function trustInThisProcess(caPem: string): () => void {
  if (trusted.size === 0) {
    original = globalAgent.options.ca;
  }
  trusted.set(caPem, (trusted.get(caPem) ?? 0) + 1);
  apply();
  let undone = false;
  return () => {
    if (undone) {
      return;
    }
    undone = true;
    const count = (trusted.get(caPem) ?? 1) - 1;
    if (count === 0) {
      trusted.delete(caPem);
    } else {
      trusted.set(caPem, count);
    }
    apply();
  };
}

function apply(): void {
  if (trusted.size === 0) {
    if (original === undefined) {
      delete globalAgent.options.ca;
    } else {
      globalAgent.options.ca = original;
    }
    return;
  }
  const base = original === undefined ? [...rootCertificates] : ([] as Array<string | Buffer>).concat(original);
  globalAgent.options.ca = [...base, ...trusted.keys()];
}
