-- Every write to a seeker, and every consent given or withdrawn, moves the seeker's change_seq, so
-- matching indexes on every instance see it by polling; triggers make sure no write path forgets.
CREATE FUNCTION seeker_bump_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_seq := nextval('seeker_change_seq');
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER seekers_bump_change_seq BEFORE UPDATE ON seekers FOR EACH ROW EXECUTE FUNCTION seeker_bump_change_seq();--> statement-breakpoint
CREATE FUNCTION consent_bump_seeker_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE seekers SET change_seq = nextval('seeker_change_seq') WHERE id = NEW.seeker_id;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER consents_bump_seeker_change_seq AFTER INSERT OR UPDATE ON consents FOR EACH ROW EXECUTE FUNCTION consent_bump_seeker_change_seq();--> statement-breakpoint
-- Hires made before the pipeline kept its own dates count from their last update.
UPDATE applications SET hired_at = updated_at, status_changed_at = updated_at WHERE status = 'hired';--> statement-breakpoint
UPDATE applications SET status_changed_at = updated_at WHERE status <> 'hired';
