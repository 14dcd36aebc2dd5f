// `chatsession lifecycle` (what `npm start` runs): create → get → patch → add a message → read the
// messages → delete, against the embedded mock (or a tenant with --base-url), each step a heading
// on standard error and its result as JSON on standard output. The session it created is deleted
// even when a step in between fails (unless --keep).
import { parseArgs } from 'node:util';
import { CONNECTION_FLAGS, connectionFrom, withClient, type ConnectionValues } from './connection.js';
import { LIFECYCLE_FLAGS } from './flags.js';
import { help } from './help.js';
import { asJson, type Io } from './io.js';
import { CREATE_STEP, createdId, DELETE_STEP, LIFECYCLE, MIDDLE_STEPS, type LifecycleStep, type StepContext } from './lifecycle-steps.js';
import { readEntity } from './read-entity.js';
import { messageOf } from '../utils/message-of.js';
import type { ChatSessionClient } from '../client.js';

export async function lifecycle(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { ...LIFECYCLE_FLAGS, ...CONNECTION_FLAGS, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(help());
    return 0;
  }
  const entity = readEntity(values.file, values.file === undefined);
  const connection = connectionFrom(values as ConnectionValues);
  const keep = values.keep === true;
  return withClient(connection, io, async (client, url) => {
    const mock = connection.baseUrl === undefined;
    io.err(`The chat session lifecycle at ${url}${mock ? ' (the embedded mock answers every call with the sample of the vendor\'s page and stores nothing, so the ids and values are the samples\')' : ''}:`);
    const total = keep ? LIFECYCLE.length - 1 : LIFECYCLE.length;
    let number = 0;
    const call = (step: LifecycleStep, context: StepContext) => {
      number += 1;
      io.err(['', `── ${number}/${total} ${step.name}: ${step.title} — ${step.method} ${step.path(context.id)}`]);
      return step.call(client, context);
    };
    const print = (result: unknown) => (result === undefined ? io.err('(no content)') : io.out(asJson(result)));
    const saved = await call(CREATE_STEP, { entity, id: 0 });
    const id = createdId(saved);
    if (id === undefined) {
      print(saved);
      throw new Error('the saved chat session has no ChatSessionId (a whole number from 1 to 2147483647); the other steps need one');
    }
    const context = { entity, id };
    try {
      // Printing is part of a step: an answer that cannot be printed is a failure after create too.
      print(saved);
      for (const step of MIDDLE_STEPS) print(await call(step, context));
    } catch (failure) {
      if (keep) io.err(`chatsession: a step failed; chat session ${id}, which this run created, is kept (--keep)`);
      else await cleanUp(client, context, io);
      throw failure;
    }
    if (keep) {
      io.err(['', `── done: chat session ${id} was kept (--keep)`]);
      return 0;
    }
    print(await call(DELETE_STEP, context));
    io.err(['', `── done: chat session ${id} was created, read, changed, given a message, and deleted`]);
    return 0;
  });
}

/** After a failed step: the created session is deleted, or the user is told how to delete it. */
async function cleanUp(client: ChatSessionClient, context: StepContext, io: Io): Promise<void> {
  try {
    await DELETE_STEP.call(client, context);
    io.err(`chatsession: a step failed; chat session ${context.id}, which this run created, was deleted`);
  } catch (error) {
    io.err(`chatsession: a step failed, and chat session ${context.id}, which this run created, could not be deleted (${messageOf(error)}); delete it with: chatsession delete ${context.id}`);
  }
}
