-- sort=distance reads the events placed by a city in id order and stops after a page (DistancePages): with
-- (city_slug) alone it read every event of the city, past and online ones included, to sort them by id
CREATE INDEX event_city_id ON event (city_slug, id);
