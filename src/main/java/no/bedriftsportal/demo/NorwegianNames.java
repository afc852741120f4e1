package no.bedriftsportal.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Invented Norwegian names, and the e-mail addresses made from them. */
final class NorwegianNames {

    private static final List<String> FIRST_NAMES = List.of(
            "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna",
            "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth", "Kristin", "Silje", "Ingvild",
            "Nora", "Emma", "Sofie", "Thea", "Ingeborg", "Tone", "Hanne", "Camilla", "Åse", "Sigrid", "Ragnhild",
            "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Hans", "Geir", "Tor", "Terje",
            "Thomas", "Morten", "Jon", "Anders", "Trond", "Martin", "Erik", "Rune", "Øystein", "Håkon", "Magnus",
            "Sindre", "Even", "Eirik", "Henrik", "Jonas", "Sander", "Emil", "Ståle", "Torbjørn", "Vegard", "Ørjan");

    private static final List<String> LAST_NAMES = List.of(
            "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
            "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
            "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen",
            "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen",
            "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde",
            "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen", "Fredriksen", "Holm", "Lien", "Hauge",
            "Christensen", "Andresen", "Nielsen", "Knudsen", "Evensen", "Sæther", "Aas", "Myhre", "Hanssen",
            "Ahmed", "Haugland", "Thomassen", "Sivertsen", "Simonsen", "Danielsen", "Berntsen", "Sandvik", "Rønning",
            "Arnesen", "Antonsen", "Næss", "Vik", "Haug", "Ellingsen", "Thorsen", "Edvardsen", "Birkeland", "Isaksen",
            "Gulbrandsen", "Ruud", "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård", "Eliassen", "Helland", "Bøe");

    private NorwegianNames() {
    }

    static String fullName(RandomGenerator random) {
        return pick(FIRST_NAMES, random) + " " + pick(LAST_NAMES, random);
    }

    /** {@code kari.nordmann@fjordlys.no}: æ, ø and å written as ae, o and a. */
    static String email(String fullName, String domain) {
        String ascii = fullName.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z ]", "").strip().replace(' ', '.') + "@" + domain;
    }

    private static String pick(List<String> list, RandomGenerator random) {
        return list.get(random.nextInt(list.size()));
    }
}
