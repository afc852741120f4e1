-- Norwegian five-digit short numbers start with 0 as well (02800, 04000 …): the range is every
-- five-digit number, priced like a call to a mobile number.
update number_range set first_number = '00000', description = 'Femsifrede numre: som samtale til mobilnummer'
where first_number = '10000';
