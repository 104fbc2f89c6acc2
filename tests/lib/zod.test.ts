import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { configureZod } from '@/lib/zod';

configureZod();

const messageOf = (schema: z.ZodMiniType, input: unknown) => schema.safeParse(input).error?.issues[0]?.message;

describe('zod issue messages', () => {
  it.each([
    [z.number(), '12', 'expected number, received string'],
    [z.object({}), [], 'expected object, received array'],
    [z.number(), null, 'expected number, received null'],
    [z.int().check(z.nonnegative()), -1, 'Too small: expected number to be >=0'],
    [z.string().check(z.maxLength(2)), 'abc', 'Too big: expected string to be <=2'],
    [z.enum(['a', 'b']), 'c', 'expected one of "a", "b"'],
    [z.union([z.number(), z.boolean()]), 'x', 'Invalid union'],
  ])('names the type or limit, never the value (%#)', (schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });
});
