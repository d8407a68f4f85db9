import { headers } from "next/headers";
import { HydrationMark } from "./hydration-mark";

// Forms that save through a script (onSubmit, no `action`) would, if sent before the page's
// scripts ran, be sent natively: a GET of the same page with the typed values in the address,
// and nothing saved. Until the page is hydrated such a submission is held back, and the save
// buttons take no taps (globals.css); a slow phone's first tap then simply waits a moment.
const holdBackSubmissions = `document.addEventListener("submit",function(e){if(!document.documentElement.hasAttribute("data-hydrated")&&!e.target.hasAttribute("action"))e.preventDefault()},true);`;

export async function SubmitGuard() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: holdBackSubmissions }} />
      <HydrationMark />
    </>
  );
}
