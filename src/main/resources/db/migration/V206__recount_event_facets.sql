-- event_facet_count starts empty: the service counts every event again at its next start (event/FacetUpkeep).
UPDATE event_facet_horizon SET counted_after = NULL;
