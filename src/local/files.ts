/** The file an added article is kept and exported as, in a seeds/ folder. */
export const fileName = (a: { id: string }): string => `${a.id}.md`;
