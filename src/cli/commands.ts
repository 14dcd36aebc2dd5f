// The commands that call one operation of the API, as data: what each takes (arguments and
// flags, with their help lines) and the client method it calls. api-command.ts runs them all the
// same way; help.ts writes their help from this table.
import type { ApiCommand } from './command-input.js';
import { ENTITY_COMMANDS } from './entity-commands.js';
import { SESSION_COMMANDS } from './session-commands.js';

export type { ApiCommand, Call, FlagValues } from './command-input.js';

export const API_COMMANDS: readonly ApiCommand[] = [...ENTITY_COMMANDS, ...SESSION_COMMANDS];
