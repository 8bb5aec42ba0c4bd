/**
 * A query's `placeholderData` that keeps the answer shown while the next one of the same table is
 * read (another page, search, order, or all of its rows) and shows loading for another table (another
 * indicator, year or territory): old rows under a new heading would be read as the new ones.
 * `identity` picks what names the table from a tRPC input.
 */
export function keepPreviousOfSame<TInput>(input: TInput, identity: (input: TInput) => unknown) {
  const current = JSON.stringify(identity(input));
  return <TData>(
    previous: TData | undefined,
    previousQuery: { queryKey: readonly unknown[] } | undefined,
  ): TData | undefined => {
    const previousInput = (previousQuery?.queryKey[1] as { input?: TInput } | undefined)?.input;
    return previousInput !== undefined && JSON.stringify(identity(previousInput)) === current
      ? previous
      : undefined;
  };
}
