package org.voicequal.ocr.corpus;

import java.time.LocalDate;

/**
 * The people and organisations documents are about. One {@link Company} with its legal representative and
 * administrator makes a whole application; dates are consistent (a birth date is the ID number's, a licence
 * is issued after establishment, letters are dated after both).
 */
final class Subjects {

    /** Licence kinds, as {@code Fields.LICENCE_KIND} values. */
    enum LicenceKind { CORPORATE, INDIVIDUAL_BUSINESS, PUBLIC_INSTITUTION, USCC_CERTIFICATE }

    /**
     * A person as their ID card shows them.
     *
     * @param validTo null when the card reads 长期 (long-term)
     */
    record Person(String name, boolean male, String ethnicity, LocalDate birth, String idNumber, String address,
                  String issuer, LocalDate validFrom, LocalDate validTo, String mobile, RandomValues.Place place) {

        String sex() {
            return male ? "男" : "女";
        }
    }

    /**
     * An organisation as its licence shows it.
     *
     * @param termTo null when the term reads 长期 (stored as {@code Fields.LONG_TERM_DATE})
     */
    record Company(LicenceKind kind, String name, String creditCode, String type, Person legalRep, String address,
                   String capital, LocalDate establishedOn, LocalDate termTo, LocalDate issuedOn, String authority,
                   String scope, String serial, RandomValues.Place place) {

        String organizationCode() {
            return creditCode.substring(8, 17);
        }
    }

    private Subjects() {
    }

    static Person person(RandomValues rv, LocalDate today) {
        RandomValues.Place place = rv.place();
        String name = rv.personName();
        boolean male = rv.chance(0.5);
        LocalDate birth = rv.date(LocalDate.of(1955, 1, 1), today.minusYears(20));
        String id = rv.idNumber(place, birth, male);
        // a card is valid 10 years (26-45), 20 years (46-), or long-term from 46
        LocalDate validFrom = rv.date(today.minusYears(9), today.minusDays(30));
        int age = validFrom.getYear() - birth.getYear();
        LocalDate validTo = age >= 46 && rv.chance(0.5) ? null : validFrom.plusYears(age >= 46 ? 20 : age >= 26 ? 20 : 10);
        return new Person(name, male, rv.ethnicity(name), birth, id, rv.address(place), rv.policeOffice(place),
                validFrom, validTo, rv.mobile(), place);
    }

    /** A company; {@code forbiddenTypeChance} is how often the enterprise type is one the rules reject. */
    static Company company(RandomValues rv, LicenceKind kind, LocalDate today, double forbiddenTypeChance) {
        RandomValues.Place place = rv.place();
        Person rep = person(rv, today);
        LocalDate established = rv.date(LocalDate.of(2008, 1, 1), today.minusMonths(3));
        LocalDate issued = rv.date(established, today.minusMonths(1));
        LocalDate termTo = rv.chance(0.55) ? null : established.plusYears(rv.pick(java.util.List.of(10, 20, 30, 50)))
                .minusDays(1);
        String serial = rv.digits(rv.pick(java.util.List.of(15, 18, 21)));
        return switch (kind) {
            case CORPORATE, USCC_CERTIFICATE -> new Company(kind, rv.companyName(place),
                    rv.creditCode("91", place),
                    rv.chance(forbiddenTypeChance) ? rv.pick(RandomValues.FORBIDDEN_TYPES)
                            : rv.pick(RandomValues.COMPANY_TYPES),
                    rep, rv.address(place), rv.capital(), established, termTo, issued, rv.authority(place),
                    rv.businessScope(), serial, place);
            case INDIVIDUAL_BUSINESS -> new Company(kind, rv.individualBusinessName(place),
                    rv.creditCode("92", place), "个体工商户", rep, rv.address(place), null, established, null,
                    issued, rv.authority(place), rv.businessScope(), serial, place);
            case PUBLIC_INSTITUTION -> new Company(kind, rv.institutionName(place), rv.creditCode("12", place),
                    "事业单位", rep, rv.address(place), rv.capital(), established,
                    issued.plusYears(5).minusDays(1), issued, place.city() + "事业单位登记管理局",
                    rv.businessScope(), serial, place);
        };
    }
}
