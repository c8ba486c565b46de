-- Helpers of the scale-data generator, in pg_temp: they live as long as the generator's connection.
-- ScaleData replaces placeholders (a name in double braces) before a file runs; not ${...}: Maven filters resources.

-- A SIREN from an 8-digit payload: the payload and the check digit that makes its Luhn checksum valid.
CREATE FUNCTION pg_temp.siren(payload bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT p || ((10 - sum(CASE WHEN i % 2 = 0 THEN (d * 2) - CASE WHEN d * 2 > 9 THEN 9 ELSE 0 END ELSE d END)
                 % 10) % 10)::text
    FROM (SELECT lpad(payload::text, 8, '0') AS p) payload_text,
         LATERAL (SELECT i, substr(payload_text.p, i, 1)::int AS d FROM generate_series(1, 8) AS i) AS digits
    GROUP BY p
$$;

-- A UUID version 7 for a moment, as the api generates them (time-ordered): the 48-bit Unix time in milliseconds,
-- then random bits, with the version nibble turned from 4 into 7.
CREATE FUNCTION pg_temp.uuid7(at timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
               PLACING substring(int8send(floor(extract(epoch FROM at) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
           52, 1), 53, 1), 'hex')::uuid
$$;

-- The départements and their régions (INSEE codes), overseas included.
CREATE TEMPORARY TABLE scale_department (code text PRIMARY KEY, region_code text NOT NULL, metropolitan boolean NOT NULL);
INSERT INTO scale_department (code, region_code, metropolitan)
SELECT code, region, code NOT LIKE '97%'
FROM (VALUES ('01', '84'), ('02', '32'), ('03', '84'), ('04', '93'), ('05', '93'), ('06', '93'), ('07', '84'),
             ('08', '44'), ('09', '76'), ('10', '44'), ('11', '76'), ('12', '76'), ('13', '93'), ('14', '28'),
             ('15', '84'), ('16', '75'), ('17', '75'), ('18', '24'), ('19', '75'), ('2A', '94'), ('2B', '94'),
             ('21', '27'), ('22', '53'), ('23', '75'), ('24', '75'), ('25', '27'), ('26', '84'), ('27', '28'),
             ('28', '24'), ('29', '53'), ('30', '76'), ('31', '76'), ('32', '76'), ('33', '75'), ('34', '76'),
             ('35', '53'), ('36', '24'), ('37', '24'), ('38', '84'), ('39', '27'), ('40', '75'), ('41', '24'),
             ('42', '84'), ('43', '84'), ('44', '52'), ('45', '24'), ('46', '76'), ('47', '75'), ('48', '76'),
             ('49', '52'), ('50', '28'), ('51', '44'), ('52', '44'), ('53', '52'), ('54', '44'), ('55', '44'),
             ('56', '53'), ('57', '44'), ('58', '27'), ('59', '32'), ('60', '32'), ('61', '28'), ('62', '32'),
             ('63', '84'), ('64', '75'), ('65', '76'), ('66', '76'), ('67', '44'), ('68', '44'), ('69', '84'),
             ('70', '27'), ('71', '27'), ('72', '52'), ('73', '84'), ('74', '84'), ('75', '11'), ('76', '28'),
             ('77', '11'), ('78', '11'), ('79', '75'), ('80', '32'), ('81', '76'), ('82', '76'), ('83', '93'),
             ('84', '93'), ('85', '52'), ('86', '75'), ('87', '75'), ('88', '44'), ('89', '27'), ('90', '27'),
             ('91', '11'), ('92', '11'), ('93', '11'), ('94', '11'), ('95', '11'),
             ('971', '01'), ('972', '02'), ('973', '03'), ('974', '04'), ('976', '06')) AS d (code, region);
