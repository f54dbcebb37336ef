"""Documents to facts: cleaning, metadata, actors, dates, events, and merging them into the store."""
