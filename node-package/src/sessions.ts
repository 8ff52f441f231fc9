/**
 * Options for @zowe/imperative's Session (the ISession shape), ready for `new Session(options)`. They verify the
 * simulator's certificate (rejectUnauthorized), which works once its CA is trusted: see ZosmfSim.trustCa.
 */
export interface ZoweSessionOptions {
  hostname: string;
  port: number;
  protocol: "https";
  basePath: string;
  rejectUnauthorized: boolean;
  type: "basic" | "cert-pem";
  user?: string;
  password?: string;
  /** Path of the client certificate PEM file (imperative reads the file). */
  cert?: string;
  /** Path of the client private key PEM file. */
  certKey?: string;
}

export function passwordSession(url: URL, user: string, password: string): ZoweSessionOptions {
  return { ...common(url), type: "basic", user, password };
}

export function certificateSession(url: URL, cert: string, certKey: string): ZoweSessionOptions {
  return { ...common(url), type: "cert-pem", cert, certKey };
}

function common(url: URL): Omit<ZoweSessionOptions, "type"> {
  return { hostname: url.hostname, port: Number(url.port), protocol: "https", basePath: "", rejectUnauthorized: true };
}
