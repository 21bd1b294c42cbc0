#!/usr/bin/env node
// Runs the TypeScript entry through tsx, so `npx sitrep …` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../index.ts');
