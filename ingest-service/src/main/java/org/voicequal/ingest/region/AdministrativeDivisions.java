package org.voicequal.ingest.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.voicequal.domain.text.ComparableText;

/**
 * The provinces (level 1 of GB/T 2260) and their prefecture-level cities (level 2), from the list shipped as
 * {@code region/divisions.tsv}: where an enterprise says it belongs (企業歸屬省份, 企業歸屬城市).
 *
 * <p>Names are matched in their {@linkplain ComparableText comparable form}, so 浙江省 typed in Traditional
 * (浙江省) or with stray spaces is found; a name may also be typed without its suffix (浙江, 广西, 杭州), as
 * portals' pickers often show it. A municipality (北京市, 天津市, 上海市, 重庆市) has districts, not cities:
 * its own name and its 市辖区 are both accepted as its city. Taiwan, Hong Kong and Macao have no second level
 * in the code list: only their own name is accepted as the city.
 */
public final class AdministrativeDivisions {

    static final String RESOURCE = "/region/divisions.tsv";
    private static final String MUNICIPAL_DISTRICTS = "市辖区";
    /** Longest first, so that 壮族自治区 goes before 自治区. */
    private static final List<String> PROVINCE_SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区",
            "特别行政区", "自治区", "省", "市");
    private static final List<String> CITY_SUFFIXES = List.of("市", "地区", "盟");

    private static final AdministrativeDivisions SHIPPED = load();

    private final List<Province> provinces;
    private final Map<String, Province> byName;

    private AdministrativeDivisions(List<Province> provinces, Map<String, Province> byName) {
        this.provinces = provinces;
        this.byName = byName;
    }

    /** The shipped list, read once. */
    public static AdministrativeDivisions shipped() {
        return SHIPPED;
    }

    /** Every provincial-level division, in the list's order (by code). */
    public List<Province> provinces() {
        return provinces;
    }

    /** The province named {@code typed} (full or short name, Simplified or Traditional). */
    public Optional<Province> province(String typed) {
        return Optional.ofNullable(byName.get(ComparableText.of(typed)));
    }

    /**
     * A provincial-level division and its cities, keyed by their comparable names.
     *
     * @param ownNames the comparable forms of its own name, full and short (北京市, 北京)
     */
    public record Province(String code, String name, boolean municipality, Map<String, City> cities,
                           Set<String> ownNames) {

        /**
         * The city of this province named {@code typed}. A municipality's city, typed as itself or as 市辖区, is the
         * municipality (its districts are level 3, not in the list); so is the only city of Taiwan, Hong Kong, Macao.
         */
        public Optional<City> city(String typed) {
            String key = ComparableText.of(typed);
            City city = cities.get(key);
            if (city != null && municipality) {
                return Optional.of(new City(city.code(), name));
            }
            if (city == null && (municipality || cities.isEmpty()) && ownNames.contains(key)) {
                return Optional.of(new City(municipality ? code.substring(0, 2) + "0100" : code, name));
            }
            return Optional.ofNullable(city);
        }
    }

    /** A prefecture-level division (or a county-level one administered directly by its province). */
    public record City(String code, String name) {
    }

    private static AdministrativeDivisions load() {
        Map<String, String> provinceNames = new LinkedHashMap<>();
        Map<String, List<City>> citiesByProvince = new LinkedHashMap<>();
        try (InputStream in = AdministrativeDivisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                provinceNames.putIfAbsent(columns[0], columns[1]);
                List<City> cities = citiesByProvince.computeIfAbsent(columns[0], code -> new ArrayList<>());
                if (!columns[3].isEmpty()) {
                    cities.add(new City(columns[2], columns[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        List<Province> provinces = new ArrayList<>();
        Map<String, Province> byName = new LinkedHashMap<>();
        provinceNames.forEach((code, name) -> {
            Map<String, City> cities = new LinkedHashMap<>();
            boolean municipality = false;
            for (City city : citiesByProvince.get(code)) {
                municipality |= city.name().equals(MUNICIPAL_DISTRICTS);
                index(cities, city.name(), city, CITY_SUFFIXES);
            }
            Map<String, Boolean> ownNames = new LinkedHashMap<>();
            index(ownNames, name, true, PROVINCE_SUFFIXES);
            Province province = new Province(code, name, municipality, Map.copyOf(cities), Set.copyOf(ownNames.keySet()));
            provinces.add(province);
            index(byName, name, province, PROVINCE_SUFFIXES);
        });
        return new AdministrativeDivisions(List.copyOf(provinces), Map.copyOf(byName));
    }

    /** Under its full name and, when it has one of {@code suffixes}, under the name without it. */
    private static <T> void index(Map<String, T> map, String name, T value, List<String> suffixes) {
        map.put(ComparableText.of(name), value);
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                // a short name never displaces a full one (吉林 the city is 吉林市, the province 吉林省)
                map.putIfAbsent(ComparableText.of(name.substring(0, name.length() - suffix.length())), value);
                break;
            }
        }
    }
}
