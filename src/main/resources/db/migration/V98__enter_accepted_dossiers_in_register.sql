-- Dossiers accepted before the Sổ theo dõi kept its own numbers get theirs now: per receiving unit and year of
-- acceptance (Vietnam's time), in order of acceptance; each book's counter continues after its last entry.
insert into register_entry (dossier_code, receiving_unit, book_year, entry_number, sets, entered_at)
select code, receiving_unit, book_year,
       row_number() over (partition by receiving_unit, book_year order by accepted_at, code), 1, accepted_at
from (select code, receiving_unit, accepted_at,
             cast(extract(year from (accepted_at at time zone 'Asia/Ho_Chi_Minh')) as integer) as book_year
      from dossier where accepted_at is not null) accepted;

insert into form_counter (issuer, series, counter_year, last_number)
select receiving_unit, 'SO', book_year, max(entry_number) from register_entry group by receiving_unit, book_year;
