/** How the simulated clock moves: real time, stopped until a test advances it, or N times faster than real time. */
export type ClockMode = "system" | "manual" | "scaled";

/** A user to add to (or replace in) the scenario. */
export interface UserSpec {
  userid: string;
  password: string;
  /** RACF SPECIAL: may use the admin API by certificate and issue any RACF command. */
  special?: boolean;
  /** A client certificate CN=<USERID>,OU=USERS,O=ZOSMF-SIM, mapped to the user. */
  certificate?: boolean;
}

export interface StartOptions {
  /** A shipped scenario by name ("default", "hostname-missing", ...) or the path of a scenario YAML file. */
  scenario?: string;
  /** Users added to the scenario's: objects, or the command line's "USERID:PASSWORD[:special][:cert]". */
  users?: Array<UserSpec | string>;
  /** The clock; "scaled" needs timeScale, and timeScale alone implies "scaled". */
  clock?: ClockMode;
  timeScale?: number;
  /** The HTTPS port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The java executable; by default JAVA_HOME's, else the first on PATH. */
  java?: string;
  /** Options for the JVM, after the fast-start ones this package passes. */
  javaOptions?: string[];
  /** Another simulator jar than the one inside this package. */
  jar?: string;
  /** Where the CA, certificates and keys go; by default a temporary folder that stop() removes. */
  outDir?: string;
  /** The admin API's bearer token (16+ characters); random by default. */
  adminToken?: string;
  /** Add the simulator's CA to https.globalAgent, so the Zowe SDKs trust it (they have no CA option). Default true. */
  trustCa?: boolean;
  /**
   * Record a class-data archive of the simulator's classes beside the jar at the first stop, and map it at later
   * starts: about half a second faster each. Default true.
   */
  classDataArchive?: boolean;
  /** How long to wait for the ready line; default 60 s. */
  startTimeoutMs?: number;
}

/** The simulator's command line for these options. */
export function commandLine(options: StartOptions, outDir: string, adminToken: string): string[] {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`port: expected 0-65535, got ${port}`);
  }
  const args = ["--port", String(port), "--out", outDir, "--admin-token", adminToken];
  if (options.scenario !== undefined) {
    args.push("--scenario", options.scenario);
  }
  for (const user of options.users ?? []) {
    args.push("--user", typeof user === "string" ? user : userArgument(user));
  }
  if (options.clock !== undefined) {
    args.push("--clock", options.clock);
  }
  if (options.timeScale !== undefined) {
    if (!(options.timeScale > 0)) {
      throw new RangeError(`timeScale: expected a number above 0, got ${options.timeScale}`);
    }
    args.push("--time-scale", String(options.timeScale));
  }
  return args;
}

function userArgument(user: UserSpec): string {
  return [user.userid, user.password, ...(user.special ? ["special"] : []), ...(user.certificate ? ["cert"] : [])]
    .join(":");
}

/** The userid and password of each user given in the options. */
export function givenPasswords(options: StartOptions): Map<string, string> {
  const passwords = new Map<string, string>();
  for (const user of options.users ?? []) {
    const [userid, password] = typeof user === "string" ? user.split(":") : [user.userid, user.password];
    if (userid !== undefined && password !== undefined) {
      passwords.set(userid.toUpperCase(), password);
    }
  }
  return passwords;
}
