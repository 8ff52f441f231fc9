import { request } from "node:https";

/** The admin API answered with an error status. */
export class AdminError extends Error {
  constructor(readonly status: number, readonly body: string, method: string, path: string) {
    super(`zosmf-sim admin API: ${method} ${path} answered ${status}: ${body}`);
    this.name = "AdminError";
  }
}

export interface ClockState {
  mode: "system" | "manual" | "scaled";
  /** ISO-8601 instant on the simulated clock. */
  now: string;
  scale: number;
}

export interface UserState {
  userid: string;
  special: boolean;
  revoked: boolean;
  passwordExpired: boolean;
}

/** A CEA address space: a TSO session or the one behind an EMCS console. */
export interface AddressSpace {
  asid: string;
  userid: string;
  kind: "tso" | "console";
  console: string | null;
  stoken: string;
  started: string;
  lastRequest: string;
  logonProc: string;
  account: string;
}

export interface JournalEntry {
  sequence: number;
  time: string;
  method: string;
  path: string;
  status: number;
  userid: string | null;
  /** The name of the fault rule that answered, if one did. */
  fault: string | null;
}

/** A fault rule, in the same form as in a scenario's "faults.rules" (see the fixtures README). */
export type FaultRule = Record<string, unknown>;

export interface ListedFault {
  id: string;
  rule: FaultRule;
  matches: number;
  fired: number;
}

export interface FaultFiring {
  sequence: number;
  time: string;
  rule: string;
  name: string | null;
  effect: string;
  method: string;
  path: string;
  userid: string | null;
}

/** A duration as the simulator reads it ("500ms", "3s", "30m", "1h"), or a number of milliseconds. */
export type DurationText = string | number;

/** The simulator's own API under /zosmf-sim/v1, authorized by its admin token. */
export class AdminClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly caPem: string,
  ) {}

  clock(): Promise<ClockState> {
    return this.call("GET", "/clock");
  }

  /** Moves the simulated clock forward, e.g. advanceClock("60s") or advanceClock(1500). */
  advanceClock(by: DurationText): Promise<ClockState> {
    return this.call("POST", "/clock/advance", { by: typeof by === "number" ? `${Math.round(by)}ms` : by });
  }

  setClock(mode: ClockState["mode"], scale?: number): Promise<ClockState> {
    return this.call("PUT", "/clock", scale === undefined ? { mode } : { mode, scale });
  }

  async faults(): Promise<ListedFault[]> {
    return (await this.call<{ rules: ListedFault[] }>("GET", "/faults")).rules;
  }

  /** Adds a fault rule and returns its id. */
  async addFault(rule: FaultRule): Promise<string> {
    return (await this.call<{ id: string }>("POST", "/faults", rule)).id;
  }

  async removeFault(id: string): Promise<void> {
    await this.call("DELETE", `/faults/${encodeURIComponent(id)}`);
  }

  async clearFaults(): Promise<void> {
    await this.call("DELETE", "/faults");
  }

  async faultFirings(): Promise<FaultFiring[]> {
    return (await this.call<{ firings: FaultFiring[] }>("GET", "/faults/firings")).firings;
  }

  async users(): Promise<UserState[]> {
    return (await this.call<{ users: UserState[] }>("GET", "/users")).users;
  }

  /** ALTUSER userid REVOKE: new logons are refused, running address spaces live on. */
  revoke(userid: string): Promise<UserState> {
    return this.call("POST", `/users/${encodeURIComponent(userid)}/revoke`);
  }

  resume(userid: string): Promise<UserState> {
    return this.call("POST", `/users/${encodeURIComponent(userid)}/resume`);
  }

  expirePassword(userid: string): Promise<UserState> {
    return this.call("POST", `/users/${encodeURIComponent(userid)}/expire-password`);
  }

  async sessions(): Promise<AddressSpace[]> {
    return (await this.call<{ sessions: AddressSpace[] }>("GET", "/sessions")).sessions;
  }

  /** Cancels address spaces as the operator would (C U=userid[,A=asid]). */
  async cancelSessions(filter: { user: string; asid?: string }): Promise<string[]> {
    const query = new URLSearchParams({ user: filter.user, ...(filter.asid ? { asid: filter.asid } : {}) });
    return (await this.call<{ messages: string[] }>("DELETE", `/sessions?${query}`)).messages;
  }

  async journal(): Promise<JournalEntry[]> {
    return (await this.call<{ entries: JournalEntry[] }>("GET", "/journal")).entries;
  }

  async clearJournal(): Promise<void> {
    await this.call("DELETE", "/journal");
  }

  /** Any operator command, from the master console; returns the response lines. */
  async operatorCommand(cmd: string): Promise<string[]> {
    return (await this.call<{ messages: string[] }>("POST", "/operator-command", { cmd })).messages;
  }

  /** Back to the scenario as it was at start. */
  async reset(): Promise<void> {
    await this.call("POST", "/reset");
  }

  /** The current state as a scenario YAML. */
  scenario(): Promise<string> {
    return this.send("GET", "/scenario");
  }

  /** Any other admin request; path is below /zosmf-sim/v1. */
  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const text = await this.send(method, path, body);
    return (text === "" ? undefined : JSON.parse(text)) as T;
  }

  private send(method: string, path: string, body?: unknown): Promise<string> {
    const url = new URL(`/zosmf-sim/v1${path}`, this.baseUrl);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const call = request(url, {
        method,
        ca: this.caPem,
        agent: false,
        timeout: 30_000,
        headers: {
          Authorization: `Bearer ${this.token}`,
          ...(payload === undefined ? {} : { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) }),
        },
      }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            resolve(text);
          } else {
            reject(new AdminError(status, text, method, path));
          }
        });
        response.on("error", reject);
      });
      call.on("timeout", () => call.destroy(new Error(`zosmf-sim admin API: ${method} ${path} timed out`)));
      call.on("error", reject);
      call.end(payload);
    });
  }
}
