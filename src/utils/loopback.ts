/**
 * True for host names (as URL.hostname gives them, normalised) that can only mean this machine:
 * the name `localhost`, 127.0.0.0/8, and ::1, also written as IPv4-mapped IPv6 (::ffff:127.x.y.z).
 * Not `*.localhost`: such a name is resolved by DNS or a hosts file like any other and may point anywhere.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  // The URL parser writes [::ffff:127.0.0.1] as [::ffff:7f00:1]: the first hex group of the IPv4 part is 7fxx.
  return /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host) || /^\[::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}\]$/.test(host);
}
