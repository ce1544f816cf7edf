/**
 * What limits a measurement on a small machine: the CPU time each process used during it, read
 * from /proc (Linux) before and after, and how busy all cores were meanwhile. Processes that are
 * gone by the second reading count for what they used until the first.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

let ticksPerSecond = 0;

function clockTicks(): number {
  if (!ticksPerSecond) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU seconds a process has used so far (undefined when it is gone or unreadable). */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return undefined;
  }
}

/** Busy and total CPU seconds of the whole machine (all cores) so far. */
function machineSeconds(): { busy: number; total: number } {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const n = values.map(Number);
    const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = n[3] + (n[4] ?? 0);
    return { busy: (total - idle) / clockTicks(), total: total / clockTicks() };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** Pids of the running processes whose command name is `name` (e.g. redis-server). */
export function pidsNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

export interface CpuGroups {
  /** Label → the pids whose CPU time counts for it (a group such as the database's backends). */
  [label: string]: number[];
}

export interface CpuWindow {
  /** Label → CPU used during the window, in percent of one core. */
  perGroup: Record<string, number>;
  /** All cores: percent of the machine's CPU that was busy (any process, other users' too). */
  machineBusy: number;
  seconds: number;
}

/** Starts a window; `end()` (optionally with pids that appeared meanwhile) gives the CPU use. */
export function cpuWindow(groups: CpuGroups): { end(extra?: CpuGroups): CpuWindow } {
  const before = new Map<number, number>();
  for (const pids of Object.values(groups)) for (const pid of pids) before.set(pid, processCpuSeconds(pid) ?? 0);
  const machine = machineSeconds();
  const started = performance.now();
  return {
    end(extra: CpuGroups = {}): CpuWindow {
      const seconds = (performance.now() - started) / 1000;
      const perGroup: Record<string, number> = {};
      for (const label of Object.keys({ ...groups, ...extra })) {
        let used = 0;
        for (const pid of new Set([...(groups[label] ?? []), ...(extra[label] ?? [])])) {
          const now = processCpuSeconds(pid);
          if (now !== undefined) used += now - (before.get(pid) ?? 0);
        }
        perGroup[label] = seconds > 0 ? (used / seconds) * 100 : 0;
      }
      const after = machineSeconds();
      const total = after.total - machine.total;
      return { perGroup, machineBusy: total > 0 ? ((after.busy - machine.busy) / total) * 100 : 0, seconds };
    },
  };
}

/** The machine as the figures were taken: cores and the 1-minute load average. */
export function machineLoad(): { cores: number; load1: number } {
  return { cores: cpus().length, load1: loadavg()[0] };
}
