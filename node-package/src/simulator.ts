import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { AdminClient } from "./admin";
import { classDataPlan, noClassData } from "./class-data";
import { findJava } from "./java";
import { commandLine, givenPasswords, StartOptions } from "./options";
import { SimulatorProcess } from "./process";
import { scenarioPasswords } from "./scenario-passwords";
import { certificateSession, passwordSession, ZoweSessionOptions } from "./sessions";
import { trustInThisProcess } from "./trust";

/** The environment variable through which the Jest and Vitest global setups describe their simulator to tests. */
export const DESCRIPTION_VARIABLE = "ZOSMF_SIM";

/** One user of the running system, and the files the simulator wrote for it. */
export interface SimUser {
  userid: string;
  special: boolean;
  /** Known for the users given in the options and those of the scenario. */
  password?: string;
  /** Paths of the client certificate, its private key and the PKCS#12 file (password "zosmf-sim"), if it has one. */
  certificatePath?: string;
  privateKeyPath?: string;
  p12Path?: string;
  certificatePem?: string;
  privateKeyPem?: string;
}

/** Everything a test needs to reach a running simulator; plain JSON, so it can cross to test workers. */
export interface SimulatorDescription {
  url: string;
  port: number;
  outDir: string;
  caPath: string;
  caPem: string;
  adminToken: string;
  users: SimUser[];
}

/** A running zosmf-sim: its address, credentials, admin API and Zowe session options. */
export class ZosmfSim {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly outDir: string;
  readonly caPath: string;
  readonly caPem: string;
  readonly adminToken: string;
  readonly admin: AdminClient;
  private readonly userTable: Map<string, SimUser>;
  private untrust: (() => void) | undefined;
  private stopped = false;

  private constructor(
    private readonly description: SimulatorDescription,
    private readonly owned?: { process: SimulatorProcess; removeOutDir: boolean },
  ) {
    this.url = description.url;
    const url = new URL(description.url);
    this.port = Number(url.port);
    this.host = url.hostname;
    this.outDir = description.outDir;
    this.caPath = description.caPath;
    this.caPem = description.caPem;
    this.adminToken = description.adminToken;
    this.admin = new AdminClient(description.url, description.adminToken, description.caPem);
    this.userTable = new Map(description.users.map((user) => [user.userid.toUpperCase(), user]));
  }

  /** Starts a simulator in its own JVM and resolves once it serves (about a second). */
  static async start(options: StartOptions = {}): Promise<ZosmfSim> {
    const java = findJava(options.java);
    const jar = options.jar ?? bundledJar();
    const adminToken = options.adminToken ?? randomBytes(18).toString("hex");
    commandLine(options, "", adminToken); // refuses bad options before anything is made
    const removeOutDir = options.outDir === undefined;
    const outDir = resolve(options.outDir ?? mkdtempSync(join(tmpdir(), "zosmf-sim-")));
    const classData = options.classDataArchive ?? true ? classDataPlan(java.executable, jar) : noClassData;
    const process = SimulatorProcess.launch(java.executable, options.javaOptions ?? [], jar,
        commandLine(options, outDir, adminToken), classData);
    try {
      const url = await process.ready(options.startTimeoutMs ?? 60_000);
      const caPath = join(outDir, "ca.pem");
      const caPem = readFileSync(caPath, "utf8");
      const admin = new AdminClient(url, adminToken, caPem);
      const passwords = new Map([...scenarioPasswords(await admin.scenario()), ...givenPasswords(options)]);
      const users = (await admin.users()).map((user) => describeUser(outDir, user.userid, user.special,
          passwords.get(user.userid.toUpperCase())));
      const sim = new ZosmfSim({ url, port: Number(new URL(url).port), outDir, caPath, caPem, adminToken, users },
          { process, removeOutDir });
      if (options.trustCa ?? true) {
        sim.trustCa();
      }
      return sim;
    } catch (error) {
      await process.stop();
      if (removeOutDir) {
        rmSync(outDir, { recursive: true, force: true });
      }
      throw error;
    }
  }

  /**
   * A handle on a simulator that another process started, e.g. the Jest or Vitest global setup: from a description,
   * or from the ZOSMF_SIM environment variable they set. Its stop() leaves the simulator running.
   */
  static attach(description?: SimulatorDescription | string, options: { trustCa?: boolean } = {}): ZosmfSim {
    const source = description ?? process.env[DESCRIPTION_VARIABLE];
    if (source === undefined || source === "") {
      throw new Error(`no zosmf-sim to attach to: ${DESCRIPTION_VARIABLE} is not set (is the global setup configured?)`);
    }
    const sim = new ZosmfSim(typeof source === "string" ? JSON.parse(source) as SimulatorDescription : source);
    if (options.trustCa ?? true) {
      sim.trustCa();
    }
    return sim;
  }

  /** The users of the system when it started, by userid (any case). */
  user(userid: string): SimUser {
    const user = this.userTable.get(userid.toUpperCase());
    if (user === undefined) {
      throw new Error(`zosmf-sim has no user ${userid}; it has ${[...this.userTable.keys()].join(", ")}`);
    }
    return user;
  }

  get users(): SimUser[] {
    return [...this.userTable.values()];
  }

  /** The user's client certificate, PEM. */
  certificatePem(userid: string): string {
    return this.certified(userid).certificatePem;
  }

  /** The user's private key, PEM (PKCS#8). */
  privateKeyPem(userid: string): string {
    return this.certified(userid).privateKeyPem;
  }

  /** Options for `new Session(...)` of @zowe/imperative that log on with the user's password. */
  passwordSession(userid: string, password?: string): ZoweSessionOptions {
    const known = password ?? this.user(userid).password;
    if (known === undefined) {
      throw new Error(`the password of ${userid} is not known; pass it: passwordSession("${userid}", "...")`);
    }
    return passwordSession(new URL(this.url), userid.toUpperCase(), known);
  }

  /** Options for `new Session(...)` of @zowe/imperative that log on with the user's client certificate. */
  certificateSession(userid: string): ZoweSessionOptions {
    const user = this.certified(userid);
    return certificateSession(new URL(this.url), user.certificatePath, user.privateKeyPath);
  }

  /**
   * Makes https.globalAgent, which the Zowe SDKs use, trust this simulator's CA (start and attach do it unless told
   * trustCa: false); stop() undoes it.
   */
  trustCa(): void {
    this.untrust ??= trustInThisProcess(this.caPem);
  }

  /** Plain JSON for another process or worker: ZosmfSim.attach(description). */
  describe(): SimulatorDescription {
    return structuredClone(this.description);
  }

  /** The last lines the simulator printed (only for a simulator this process started). */
  output(): string {
    return this.owned?.process.output() ?? "";
  }

  /** Stops the simulator this handle started (SIGTERM, as Ctrl-C would) and removes its temporary files. */
  async stop(): Promise<void> {
    if (this.stopped) {
      return;
    }
    this.stopped = true;
    this.untrust?.();
    this.untrust = undefined;
    if (this.owned !== undefined) {
      await this.owned.process.stop();
      if (this.owned.removeOutDir) {
        rmSync(this.outDir, { recursive: true, force: true });
      }
    }
  }

  private certified(userid: string): Required<Pick<SimUser, "certificatePath" | "privateKeyPath" |
      "certificatePem" | "privateKeyPem">> {
    const user = this.user(userid);
    if (user.certificatePath === undefined || user.privateKeyPath === undefined ||
        user.certificatePem === undefined || user.privateKeyPem === undefined) {
      throw new Error(`${user.userid} has no client certificate; give it one with "${user.userid}:PASSWORD:cert"`);
    }
    return user as Required<SimUser>;
  }
}

/** The simulator jar this package carries. */
export function bundledJar(): string {
  const jar = join(__dirname, "..", "jar", "zosmf-sim.jar");
  if (!existsSync(jar)) {
    throw new Error(`the zosmf-sim jar is missing from this package (${jar}); reinstall the package`);
  }
  return jar;
}

function describeUser(outDir: string, userid: string, special: boolean, password?: string): SimUser {
  const base = join(outDir, userid.toLowerCase());
  const user: SimUser = { userid, special, ...(password === undefined ? {} : { password }) };
  if (existsSync(`${base}.pem`) && existsSync(`${base}.key.pem`)) {
    user.certificatePath = `${base}.pem`;
    user.privateKeyPath = `${base}.key.pem`;
    user.certificatePem = readFileSync(user.certificatePath, "utf8");
    user.privateKeyPem = readFileSync(user.privateKeyPath, "utf8");
    if (existsSync(`${base}.p12`)) {
      user.p12Path = `${base}.p12`;
    }
  }
  return user;
}
