import { createHash, randomBytes } from "node:crypto";
import { accessSync, constants, existsSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** The JVM options for one start, and what to do once that JVM has ended. */
export interface ClassDataPlan {
  options: string[];
  /** cleanExit: the JVM ended on SIGTERM rather than being killed, so a recorded archive is whole. */
  finish(cleanExit: boolean): void;
}

/** Starts without an archive. */
export const noClassData: ClassDataPlan = { options: [], finish: () => undefined };

const QUIET = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"];

/*
 * A class-data archive of the simulator's classes cuts the JVM's start by about half a second (1.4 s to 0.85 s on
 * 2 cores), as ./zosmf-sim's does. The first start with a given java records one when its JVM exits (about 1.4 s more
 * at stop); later starts map it. It lives beside the jar, so it goes when the package goes, and is named after the
 * java and the jar it was made with, because an archive only fits the JVM build and jar that made it (a JVM that
 * finds one that does not fit ignores it). Concurrent first starts each record to their own file and rename it.
 */
export function classDataPlan(java: string, jar: string): ClassDataPlan {
  let archive: string;
  try {
    const folder = dirname(jar);
    accessSync(folder, constants.W_OK);
    archive = join(folder, `zosmf-sim-${key(java, jar)}.jsa`);
  } catch {
    return noClassData; // a read-only install starts without an archive
  }
  if (existsSync(archive)) {
    return { options: [`-XX:SharedArchiveFile=${archive}`, ...QUIET], finish: () => undefined };
  }
  const recording = `${archive}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  return {
    options: [`-XX:ArchiveClassesAtExit=${recording}`, ...QUIET],
    finish: (cleanExit) => {
      try {
        if (cleanExit && existsSync(recording) && statSync(recording).size > 0) {
          renameSync(recording, archive);
        }
      } catch {
        // another start got there first, or the folder went away: the next start records again
      } finally {
        rmSync(recording, { force: true });
      }
    },
  };
}

function key(java: string, jar: string): string {
  const realJava = realpathSync(java);
  const jarStat = statSync(jar);
  return createHash("sha256")
    .update([realJava, statSync(realJava).mtimeMs, realpathSync(jar), jarStat.size, jarStat.mtimeMs].join("\0"))
    .digest("hex").slice(0, 16);
}
