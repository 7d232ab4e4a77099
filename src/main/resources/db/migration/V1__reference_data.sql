-- The 8 federal districts and 89 regions of the Russian Federation (reference data).
CREATE TABLE federal_district (
    code        VARCHAR(8)   NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    short_name  VARCHAR(10)  NOT NULL,
    center      VARCHAR(100) NOT NULL
);

CREATE TABLE region (
    code                   VARCHAR(2)   NOT NULL PRIMARY KEY,
    name                   VARCHAR(100) NOT NULL,
    federal_district_code  VARCHAR(8)   REFERENCES federal_district (code),
    timezone               VARCHAR(10)  NOT NULL
);
CREATE INDEX ix_region_district ON region (federal_district_code);

INSERT INTO federal_district (code, name, short_name, center) VALUES ('CFD', 'Центральный федеральный округ', 'ЦФО', 'Москва');
INSERT INTO federal_district (code, name, short_name, center) VALUES ('NWFD', 'Северо-Западный федеральный округ', 'СЗФО', 'Санкт-Петербург');
INSERT INTO federal_district (code, name, short_name, center) VALUES ('SFD', 'Южный федеральный округ', 'ЮФО', 'Ростов-на-Дону');
INSERT INTO federal_district (code, name, short_name, center) VALUES ('NCFD', 'Северо-Кавказский федеральный округ', 'СКФО', 'Пятигорск');
INSERT INTO federal_district (code, name, short_name, center) VALUES ('VFD', 'Приволжский федеральный округ', 'ПФО', 'Нижний Новгород');
INSERT INTO federal_district (code, name, short_name, center) VALUES ('UFD', 'Уральский федеральный округ', 'УФО', 'Екатеринбург');
INSERT INTO federal_district (code, name, short_name, center) VALUES ('SIBFD', 'Сибирский федеральный округ', 'СФО', 'Новосибирск');
INSERT INTO federal_district (code, name, short_name, center) VALUES ('FEFD', 'Дальневосточный федеральный округ', 'ДФО', 'Владивосток');

INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('01', 'Республика Адыгея', 'SFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('02', 'Республика Башкортостан', 'VFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('03', 'Республика Бурятия', 'FEFD', 'UTC+8');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('04', 'Республика Алтай', 'SIBFD', 'UTC+7');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('05', 'Республика Дагестан', 'NCFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('06', 'Республика Ингушетия', 'NCFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('07', 'Кабардино-Балкарская Республика', 'NCFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('08', 'Республика Калмыкия', 'SFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('09', 'Карачаево-Черкесская Республика', 'NCFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('10', 'Республика Карелия', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('11', 'Республика Коми', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('12', 'Республика Марий Эл', 'VFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('13', 'Республика Мордовия', 'VFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('14', 'Республика Саха (Якутия)', 'FEFD', 'UTC+9');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('15', 'Республика Северная Осетия — Алания', 'NCFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('16', 'Республика Татарстан', 'VFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('17', 'Республика Тыва', 'SIBFD', 'UTC+7');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('18', 'Удмуртская Республика', 'VFD', 'UTC+4');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('19', 'Республика Хакасия', 'SIBFD', 'UTC+7');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('20', 'Чеченская Республика', 'NCFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('21', 'Чувашская Республика — Чувашия', 'VFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('22', 'Алтайский край', 'SIBFD', 'UTC+7');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('23', 'Краснодарский край', 'SFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('24', 'Красноярский край', 'SIBFD', 'UTC+7');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('25', 'Приморский край', 'FEFD', 'UTC+10');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('26', 'Ставропольский край', 'NCFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('27', 'Хабаровский край', 'FEFD', 'UTC+10');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('28', 'Амурская область', 'FEFD', 'UTC+9');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('29', 'Архангельская область', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('30', 'Астраханская область', 'SFD', 'UTC+4');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('31', 'Белгородская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('32', 'Брянская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('33', 'Владимирская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('34', 'Волгоградская область', 'SFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('35', 'Вологодская область', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('36', 'Воронежская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('37', 'Ивановская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('38', 'Иркутская область', 'SIBFD', 'UTC+8');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('39', 'Калининградская область', 'NWFD', 'UTC+2');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('40', 'Калужская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('41', 'Камчатский край', 'FEFD', 'UTC+12');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('42', 'Кемеровская область — Кузбасс', 'SIBFD', 'UTC+7');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('43', 'Кировская область', 'VFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('44', 'Костромская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('45', 'Курганская область', 'UFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('46', 'Курская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('47', 'Ленинградская область', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('48', 'Липецкая область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('49', 'Магаданская область', 'FEFD', 'UTC+11');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('50', 'Московская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('51', 'Мурманская область', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('52', 'Нижегородская область', 'VFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('53', 'Новгородская область', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('54', 'Новосибирская область', 'SIBFD', 'UTC+7');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('55', 'Омская область', 'SIBFD', 'UTC+6');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('56', 'Оренбургская область', 'VFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('57', 'Орловская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('58', 'Пензенская область', 'VFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('59', 'Пермский край', 'VFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('60', 'Псковская область', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('61', 'Ростовская область', 'SFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('62', 'Рязанская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('63', 'Самарская область', 'VFD', 'UTC+4');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('64', 'Саратовская область', 'VFD', 'UTC+4');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('65', 'Сахалинская область', 'FEFD', 'UTC+11');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('66', 'Свердловская область', 'UFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('67', 'Смоленская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('68', 'Тамбовская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('69', 'Тверская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('70', 'Томская область', 'SIBFD', 'UTC+7');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('71', 'Тульская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('72', 'Тюменская область', 'UFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('73', 'Ульяновская область', 'VFD', 'UTC+4');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('74', 'Челябинская область', 'UFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('75', 'Забайкальский край', 'FEFD', 'UTC+9');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('76', 'Ярославская область', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('77', 'Москва', 'CFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('78', 'Санкт-Петербург', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('79', 'Еврейская автономная область', 'FEFD', 'UTC+10');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('83', 'Ненецкий автономный округ', 'NWFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('86', 'Ханты-Мансийский автономный округ — Югра', 'UFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('87', 'Чукотский автономный округ', 'FEFD', 'UTC+12');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('89', 'Ямало-Ненецкий автономный округ', 'UFD', 'UTC+5');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('90', 'Запорожская область', NULL, 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('91', 'Республика Крым', 'SFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('92', 'Севастополь', 'SFD', 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('93', 'Донецкая Народная Республика', NULL, 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('94', 'Луганская Народная Республика', NULL, 'UTC+3');
INSERT INTO region (code, name, federal_district_code, timezone) VALUES ('95', 'Херсонская область', NULL, 'UTC+3');
