/** The words of a thrown value for a message shown to the user: an Error's message, not "Error: …". */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
