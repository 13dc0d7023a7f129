import type { MailTemplateDefinition } from './mail-template';

/** Governance: a to-do carried from meeting to meeting now has this person as its owner (R15). */
export const todoAssigned = {
  name: 'todo-assigned',
  params: ['bodyName', 'todoTitle', 'dueDate'],
} as const satisfies MailTemplateDefinition;
