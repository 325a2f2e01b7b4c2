/** What a 6.x sign-in sends (the sign-in dialog's form, and the console server's check of it). */
import { z } from 'zod';

export const SignInRequestSchema = z.strictObject({
  userId: z.string().trim().min(1, 'Enter a user id').max(256),
  password: z.string().min(1, 'Enter the password').max(1024),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;
