import { createContext, useContext } from 'react';

/** Lets the header and the page prompt reopen the sign-in dialog after the user closed it. */
export interface SignInControls {
  openSignIn(): void;
  /** Signs out of the platform (the console server forgets the token and logs it out). */
  signOut(): void;
  signingOut: boolean;
}

export const SignInContext = createContext<SignInControls | null>(null);

/** The sign-in controls of the current platform; null outside a platform that needs sign-in. */
export function useSignInControls(): SignInControls | null {
  return useContext(SignInContext);
}
