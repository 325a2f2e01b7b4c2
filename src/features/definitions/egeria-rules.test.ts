import { describe, expect, it } from 'vitest';
import { addressProblem } from './egeria-rules';

describe('endpoint addresses', () => {
  it.each([
    'https://egeria.example.com:9443/servers/x',
    'http://localhost:8080',
    'jdbc:postgresql://db.example.com:5432/trials',
    'kafka.example.com:9092',
    'data/landing-area/hospitals/hampton',
    '/var/data/files',
    'secrets/coco.omsecrets',
    'file:///tmp/x',
    'https://user@host.example.com/path?q=1#f',
    'C:\\data\\files',
  ])('accepts %s', (address) => {
    expect(addressProblem(address)).toBeUndefined();
  });

  it.each([
    ['https://exa mple.com', /spaces/],
    ['data/landing area', /spaces/],
    ['https://host/\tx', /spaces/],
    ['https://', /host/],
    ['https://:9443/x', /host/],
    ['jdbc:postgresql:///db', /host/],
    ['https://host:99999/x', /port/],
    ['kafka.example.com:70000', /port/],
    ['https:', /follows the scheme/],
  ])('refuses %s', (address, message) => {
    expect(addressProblem(address)).toMatch(message);
  });

  it('leaves an empty address alone (the stored endpoint is kept)', () => {
    expect(addressProblem('')).toBeUndefined();
  });
});
