import { defineCheck } from '../../src/engine/check.js';

/** CIS minimums, in KB as the benchmark states them. */
const MIN_KB: Readonly<Record<string, number>> = { Application: 32_768, Security: 196_608, System: 32_768 };

export default defineCheck({
  id: 'windows.eventlog.sizes',
  title: 'The Application, Security and System logs are large enough to keep their history',
  rationale: 'The default 20 MB Security log overwrites itself within hours on a busy server, destroying the evidence of an intrusion before anyone looks.',
  severity: 'low',
  pillar: 'visibility_analytics',
  function: 'Visibility and Analytics',
  stage: 'initial',
  targetKinds: ['windows'],
  facts: ['windows.eventlogs'],
  references: [
    "CIS Microsoft Windows Server 2022 Benchmark, Event Log Service: 'Specify the maximum log file size (KB)' = 32,768 or greater (Application, System), 196,608 or greater (Security)",
    'Microsoft, Get-WinEvent -ListLog (MaximumSizeInBytes): https://learn.microsoft.com/powershell/module/microsoft.powershell.diagnostics/get-winevent',
  ],
  remediation: 'Group Policy: Administrative Templates > Windows Components > Event Log Service > Application/Security/System > Specify the maximum log file size (KB), or wevtutil sl Security /ms:201326592; forward the logs to a collector as well.',
  messages: { small: 'the {{log}} log is {{kb}} KB (at least {{min}} KB)' },
  evaluate({ 'windows.eventlogs': e }, ctx) {
    return Object.entries(MIN_KB).map(([name, min]) => {
      const resource = { kind: 'EventLog', name };
      const log = e.logs.find((l) => l.logName.toLowerCase() === name.toLowerCase());
      if (!log) return ctx.error(`Get-WinEvent -ListLog did not list the ${name} log`, { resource });
      const kb = Math.floor(log.maximumSizeInBytes / 1024);
      return kb >= min ? ctx.pass(undefined, undefined, { resource, evidence: `${kb} KB, ${log.logMode}` }) : ctx.fail('small', { log: name, kb, min }, { resource });
    });
  },
});
