// A training day's code typed into the start screen's join box is no room's: the server says whether
// it is a day's (GET /api/events/<code>), and the page goes to the day's, where one is placed.

/** Goes to a training day's page when `code` is a day's; false when it is not (or the server cannot say). */
export async function goToEventPage(endpoint: string, code: string): Promise<boolean> {
  try {
    const res = await fetch(new URL(`/api/events/${encodeURIComponent(code)}?lookup`, endpoint));
    if (!res.ok) return false;
    const { href } = (await res.json()) as { href: string | null };
    if (!href) return false;
    location.assign(href);
    return true;
  } catch {
    return false;
  }
}
