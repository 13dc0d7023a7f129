// What the four governance rooms share (ADR 031): the id in a path and the small references
// a body, meeting, decision or round carries of the others.
import { z } from 'zod';
import { isoDate } from '../common';

export const governanceIdParams = z.object({ id: z.uuid() });

export const ref = z.object({ id: z.uuid(), name: z.string() });
export const meetingRef = z.object({ id: z.uuid(), date: isoDate });
