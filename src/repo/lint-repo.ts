// Everything `lint` reports: the scan's findings plus the checks that look inside files.
import type { Finding, RepoScan } from '../types.js';
import { checkFiles, uncommittedFindings } from './file-checks.js';
import { loadRepo } from './load-repo.js';

export async function lintRepo(dir: string): Promise<{ scan: RepoScan; findings: Finding[] }> {
  const scan = await loadRepo(dir);
  const findings = [...scan.findings, ...(await checkFiles(scan)), ...uncommittedFindings(scan)];
  return { scan, findings };
}
