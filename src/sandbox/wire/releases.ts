/**
 * The Egeria releases the sandbox imitates. The 5.3 dialect (userId in the URL, the
 * governance-configuration-service) is always release 5.3; the 6.x dialect (view services, bearer
 * tokens) is 6.1 unless `--release 6.2` asks for the 6.2 differences.
 */
export type Dialect = 'v5' | 'v6';
export type SixRelease = '6.1' | '6.2';
export type Release = '5.3' | SixRelease;

export function releaseOf(dialect: Dialect, six: SixRelease): Release {
  return dialect === 'v5' ? '5.3' : six;
}

export const isSix = (release: Release): boolean => release !== '5.3';
