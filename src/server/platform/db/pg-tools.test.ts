import { describe, expect, it } from 'vitest';
import { backupFileName } from './backup';
import { parseToolVersion, serverMajor } from './pg-tools';

describe('the PostgreSQL client programs for backup and restore (ADR 048)', () => {
  it('reads the version a client program prints, as packaged by Debian or built plainly', () => {
    expect(parseToolVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n')).toEqual({
      major: 15,
      version: '15.20',
    });
    expect(parseToolVersion('pg_restore (PostgreSQL) 18.1\n')).toEqual({ major: 18, version: '18.1' });
    expect(parseToolVersion('pg_dump (PostgreSQL) 19devel')).toEqual({ major: 19, version: '19' });
    expect(parseToolVersion('command not found')).toBeNull();
  });

  it("takes the server's major version from server_version_num", () => {
    expect(serverMajor(180_001)).toBe(18);
    expect(serverMajor(150_020)).toBe(15);
  });

  it('names a backup by its UTC time, sortable and without colons', () => {
    expect(backupFileName(new Date('2026-12-07T02:00:05.123Z'))).toBe('eenplan-2026-12-07T02-00-05Z.dump');
  });
});
