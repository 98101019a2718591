// govx serve: starts the reference department and/or platform node on loopback until SIGINT/SIGTERM.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { pick, t, type Lang } from '../i18n/text.js';
import { startReferenceNodes, type ReferenceOptions } from '../reference/index.js';
import { faultTableMarkdown } from '../reference/fault-docs.js';

interface ServeFlags {
  role?: string;
  host: string;
  port: string;
  seed: string;
  tenants: string;
  faults?: string;
  icsOut?: string;
  listFaults?: boolean;
  lang: string;
}

function intFlag(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new ConfigError(`--${name} ${value}: use an integer from ${min} to ${max}`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('启动参考部门节点和/或平台节点 / start the reference department and/or platform node')
    .option('--role <role>', 'department | platform | both')
    .option('--host <host>', '监听地址 / listen address', '127.0.0.1')
    .option('--port <n>', '端口，0 为任意空闲端口（both 时平台用 port+1）/ port, 0 = any free port (both: the platform takes port+1)', '0')
    .option('--seed <n>', '数据种子 / data seed', '1')
    .option('--tenants <n>', '在 /t/<i> 下提供 N 个虚拟部门 / serve N virtual departments under /t/<i>', '0')
    .option('--faults <ids>', '注入的故障，逗号分隔 / faults to inject, comma-separated')
    .option('--ics-out <file>', '写出 ICS（YAML）及其旁边的 .env / write the ICS (YAML) and a .env beside it')
    .option('--list-faults', '列出故障目录后退出 / list the fault catalogue and exit')
    .option('--lang <lang>', 'zh | en', 'zh')
    .action(async (flags: ServeFlags) => {
      const lang: Lang = flags.lang === 'en' ? 'en' : 'zh';
      if (flags.lang !== 'zh' && flags.lang !== 'en') throw new ConfigError(`--lang ${flags.lang}: use zh or en`);
      if (flags.listFaults) {
        process.stdout.write(faultTableMarkdown(lang) + '\n');
        return;
      }
      const role = flags.role;
      if (role !== 'department' && role !== 'platform' && role !== 'both') {
        throw new ConfigError(`--role ${role ?? '(missing)'}: use department, platform or both`);
      }
      const opts: ReferenceOptions = {
        role,
        host: flags.host,
        port: intFlag('port', flags.port, 0, 65534),
        seed: intFlag('seed', flags.seed, 0, 2 ** 31 - 1),
        tenants: intFlag('tenants', flags.tenants, 0, 100_000),
        faults: flags.faults ? flags.faults.split(',').map((s) => s.trim()).filter(Boolean) : [],
      };
      const handle = await startReferenceNodes(opts);
      const out = (zh: string, en: string): void => {
        process.stdout.write(pick(t(zh, en), lang) + '\n');
      };
      if (handle.departmentUrl) out(`部门节点：${handle.departmentUrl}`, `department node: ${handle.departmentUrl}`);
      if (opts.tenants) out(`虚拟部门：${handle.departmentUrl}/t/1 … /t/${opts.tenants}`, `tenants: ${handle.departmentUrl}/t/1 … /t/${opts.tenants}`);
      if (handle.platformUrl) out(`平台节点：${handle.platformUrl}`, `platform node: ${handle.platformUrl}`);
      if (opts.faults?.length) out(`已注入故障：${opts.faults.join(', ')}`, `faults injected: ${opts.faults.join(', ')}`);
      if (flags.icsOut) {
        const file = resolve(flags.icsOut);
        try {
          await handle.writeIcs(file);
        } catch (err) {
          await handle.close();
          throw new ConfigError(`cannot write the ICS to ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}): choose a writable --ics-out path`);
        }
        out(`ICS 已写入 ${file}（密钥在同目录的 .env 中）`, `ICS written to ${file} (secrets in .env beside it)`);
      }
      out('按 Ctrl+C 停止。', 'Press Ctrl+C to stop.');
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          handle.close().then(done, done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
