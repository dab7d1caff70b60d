-- sort=distance reads venues ring by ring around a place, through a latitude band (DistancePages)
CREATE INDEX event_venue_latitude ON event (venue_latitude);
