import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// vitest runs without globals here, so Testing Library cannot register its own unmount-after-each.
afterEach(cleanup);
