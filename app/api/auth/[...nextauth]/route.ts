import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { credentialsPost } from "@/lib/auth/credentials-post";

export const { GET } = handlers;

/** Sign-in with a password goes through our handler (throttled, 429 with Retry-After); the rest to Auth.js. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) return credentialsPost(request);
  return handlers.POST(request);
}
