"use server";
import { signOut } from "@/lib/auth";

/** Ends the session. Takes no input; anyone may end their own session. */
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
