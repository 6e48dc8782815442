// What else the machine was doing: the load average and the browsers that
// are not ours (other test runs on the same two cores make figures noisy).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

function processes() {
  const list = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      list.push({ pid: Number(name), ppid, comm });
    } catch {
      /* gone */
    }
  }
  return list;
}

/** Browser processes (Chromium, Firefox, WebKit) that are not `ourPid` or its descendants. */
export function otherBrowsers(ourPid) {
  const list = processes();
  const ours = new Set([ourPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of list) {
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  // Crash handlers are left behind by every Chromium (ours too, re-parented
  // to init) and use no CPU: they do not count.
  return list.filter((p) => !ours.has(p.pid) && /chrom|firefox|MiniBrowser|WebKit/i.test(p.comm) && !/crashpad/i.test(p.comm)).length;
}

export const load1 = () => loadavg()[0];
