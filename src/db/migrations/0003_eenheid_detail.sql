-- One eenheid on a peildatum as JSON: the most-read page of the organisation. As a PL/pgSQL
-- function its query plan is prepared once per connection and reused, instead of being planned
-- on every request (planning cost ~1.5 ms, execution ~0.1 ms; measured in bench/RESULTS.md).
-- Same predicate as geldigOp() in src/modules/organisatie/geldig.ts: van inclusive, tot exclusive.
create function eenheid_detail(p_eenheid uuid, p_organisatie uuid, p_peildatum date) returns json
language plpgsql stable as $$
begin
  return (
    select json_build_object(
      'naam', v.naam, 'soort', v.soort, 'afkorting', v.afkorting, 'omschrijving', v.omschrijving,
      'email', v.email, 'telefoon', v.telefoon, 'bezoekadres', v.bezoekadres, 'postadres', v.postadres,
      'website', v.website, 'geldig_van', v.geldig_van, 'geldig_tot', v.geldig_tot,
      'boven', (select json_build_object('id', l.boven_eenheid_id, 'naam', bv.naam)
         from lijn l join eenheid_versie bv on bv.eenheid_id = l.boven_eenheid_id
           and bv.geldig_van <= p_peildatum and (bv.geldig_tot is null or bv.geldig_tot > p_peildatum)
         where l.eenheid_id = v.eenheid_id and l.soort = 'hierarchisch'
           and l.geldig_van <= p_peildatum and (l.geldig_tot is null or l.geldig_tot > p_peildatum) limit 1),
      'onder', (select coalesce(json_agg(json_build_object('id', l.eenheid_id, 'naam', ov.naam, 'soort', ov.soort)), '[]')
         from lijn l join eenheid_versie ov on ov.eenheid_id = l.eenheid_id
           and ov.geldig_van <= p_peildatum and (ov.geldig_tot is null or ov.geldig_tot > p_peildatum)
         where l.boven_eenheid_id = v.eenheid_id and l.soort = 'hierarchisch'
           and l.geldig_van <= p_peildatum and (l.geldig_tot is null or l.geldig_tot > p_peildatum)),
      'uitgaand', (select coalesce(json_agg(json_build_object('lijnId', l.id, 'eenheidId', l.boven_eenheid_id, 'naam', ev.naam, 'omschrijving', l.omschrijving)), '[]')
         from lijn l join eenheid_versie ev on ev.eenheid_id = l.boven_eenheid_id
           and ev.geldig_van <= p_peildatum and (ev.geldig_tot is null or ev.geldig_tot > p_peildatum)
         where l.eenheid_id = v.eenheid_id and l.soort = 'functioneel'
           and l.geldig_van <= p_peildatum and (l.geldig_tot is null or l.geldig_tot > p_peildatum)),
      'inkomend', (select coalesce(json_agg(json_build_object('lijnId', l.id, 'eenheidId', l.eenheid_id, 'naam', ev.naam, 'omschrijving', l.omschrijving)), '[]')
         from lijn l join eenheid_versie ev on ev.eenheid_id = l.eenheid_id
           and ev.geldig_van <= p_peildatum and (ev.geldig_tot is null or ev.geldig_tot > p_peildatum)
         where l.boven_eenheid_id = v.eenheid_id and l.soort = 'functioneel'
           and l.geldig_van <= p_peildatum and (l.geldig_tot is null or l.geldig_tot > p_peildatum)),
      'leiding', (select f.functie_id from functie_versie f
         where f.eenheid_id = v.eenheid_id and f.leidinggevend
           and f.geldig_van <= p_peildatum and (f.geldig_tot is null or f.geldig_tot > p_peildatum)
         order by f.functie_id limit 1))
    from eenheid_versie v
    where v.eenheid_id = p_eenheid and v.organisatie_id = p_organisatie
      and v.geldig_van <= p_peildatum and (v.geldig_tot is null or v.geldig_tot > p_peildatum)
  );
end $$;
