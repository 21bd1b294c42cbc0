// Whether dist/ (scripts/build.js) was built from the sources as they are now:
// none of the sources it lists is newer than the build. A source that is not
// there (an install without them) does not count against it.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function buildIsCurrent(root, dist = join(root, 'dist')) {
  let info;
  try {
    info = JSON.parse(readFileSync(join(dist, 'build-info.json'), 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(info?.sources) || typeof info.builtAt !== 'number') return false;
  return info.sources.every((source) => (statSync(join(root, source), { throwIfNoEntry: false })?.mtimeMs ?? 0) <= info.builtAt);
}
