// What "where am I signed in" shows of a session (ADR 037): enough to recognise one's own
// devices, not a fingerprint: the browser and system named from the user agent, and the network
// (the address without its last part), never the full address.
import { isIPv4, isIPv6 } from 'node:net';
import Bowser from 'bowser';

export function describeDevice(userAgent: string | undefined): string {
  if (!userAgent) return '?';
  const parsed = Bowser.parse(userAgent.slice(0, 500));
  const browser = [parsed.browser.name, parsed.browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const system = parsed.os.name ?? '';
  if (!browser && !system) return userAgent.slice(0, 60);
  return system ? `${browser || '?'} · ${system}` : browser;
}

/** IPv4 keeps its /24, IPv6 its /48: the office or provider, not the machine. */
export function networkOf(ip: string): string {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIPv6(ip)) {
    const [head = ''] = ip.split('::');
    const groups = head.split(':').filter(Boolean).slice(0, 3);
    while (groups.length < 3) groups.push('0');
    return `${groups.join(':')}::/48`;
  }
  return '?';
}
