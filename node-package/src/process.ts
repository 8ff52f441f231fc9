import { ChildProcess, spawn } from "node:child_process";
import { Readable } from "node:stream";
import { createInterface } from "node:readline";
import { ClassDataPlan } from "./class-data";

const READY = /^zosmf-sim ready on (https:\/\/\S+)/;
const KEPT_LINES = 200;

/*
 * A harness is started far more often than it runs long: the client compiler only and the serial collector start
 * the JVM fastest (the same choice as the repository's ./zosmf-sim script).
 */
const FAST_START = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"];

/** The simulator's JVM: started, waited for until its ready line, stopped with SIGTERM. */
export class SimulatorProcess {
  private readonly lines: string[] = [];
  private readonly exited: Promise<number | null>;
  private readonly killOnExit = () => {
    this.child.kill("SIGKILL");
    this.classData.finish(false);
  };

  private constructor(private readonly child: ChildProcess, private readonly classData: ClassDataPlan) {
    this.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? null : 0))));
    this.keep(child.stdout);
    this.keep(child.stderr);
    // a test run that forgets stop() must not leave a JVM behind, nor hang waiting for it
    process.once("exit", this.killOnExit);
  }

  static launch(java: string, javaOptions: string[], jar: string, args: string[],
      classData: ClassDataPlan): SimulatorProcess {
    const child = spawn(java, [...FAST_START, ...classData.options, ...javaOptions, "-jar", jar, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true,
    });
    return new SimulatorProcess(child, classData);
  }

  /** Resolves with the base URL the ready line names; rejects with the output when the JVM ends or times out. */
  ready(timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.child.kill("SIGKILL");
        reject(new Error(`zosmf-sim was not ready within ${timeoutMs} ms; its output:\n${this.output()}`));
      }, timeoutMs);
      const onLine = (line: string) => {
        const match = READY.exec(line);
        if (match) {
          cleanup();
          this.detach();
          resolve(match[1]);
        }
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`zosmf-sim stopped before it was ready (exit ${code}); its output:\n${this.output()}`));
      };
      const onError = (error: Error) => {
        cleanup();
        reject(new Error(`zosmf-sim could not be started: ${error.message}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(onLine);
        this.child.off("exit", onExit);
        this.child.off("error", onError);
      };
      this.listeners.add(onLine);
      this.child.once("exit", onExit);
      this.child.once("error", onError);
    });
  }

  /** The last lines the simulator printed, stdout and stderr together. */
  output(): string {
    return this.lines.join("\n");
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** SIGTERM (the simulator stops cleanly), SIGKILL after the grace period. Resolves with the exit code. */
  async stop(graceMs = 20_000): Promise<number | null> {
    process.off("exit", this.killOnExit);
    this.child.ref();
    if (this.child.exitCode !== null || this.child.signalCode !== null) {
      this.classData.finish(false);
      return this.child.exitCode;
    }
    this.child.kill("SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    let clean = true;
    const killed = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        clean = false;
        this.child.kill("SIGKILL");
        resolve();
      }, graceMs);
    });
    await Promise.race([this.exited, killed]);
    clearTimeout(timer);
    const code = await this.exited;
    this.classData.finish(clean);
    return code;
  }

  private readonly listeners = new Set<(line: string) => void>();

  private keep(stream: Readable | null): void {
    if (stream === null) {
      return;
    }
    createInterface({ input: stream }).on("line", (line) => {
      this.lines.push(line);
      if (this.lines.length > KEPT_LINES) {
        this.lines.shift();
      }
      for (const listener of [...this.listeners]) {
        listener(line);
      }
    });
  }

  /** Once ready, the JVM and its pipes no longer keep this process's event loop alive. */
  private detach(): void {
    this.child.unref();
    for (const stream of [this.child.stdout, this.child.stderr]) {
      (stream as unknown as { unref?: () => void } | null)?.unref?.();
    }
  }
}
