package dev.lua2java.engine;

import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.lib.Zlib;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A character build read from Path of Building's XML (a file, a string, or a build code: base64url of
 * zlib-deflated XML). Immutable: what-if variants ({@link #withPassives}, {@link #withLevel}) are new
 * builds that share everything else, without parsing again. {@link #toLua()} is the read-only
 * {@code build} table the calc modules receive, made once per build.
 */
public final class Build {
    /** Slots whose items count for the calculation (flasks, charms and swap sets do not). */
    private static final Set<String> EQUIPPED_SLOTS = Set.of("Weapon 1", "Weapon 2", "Helmet", "Body Armour",
            "Gloves", "Boots", "Amulet", "Ring 1", "Ring 2", "Ring 3", "Belt");

    public record Item(String slot, String text) {
    }

    public record Gem(String name, String skillId, int level, int quality, boolean enabled) {
    }

    public record Skill(boolean enabled, List<Gem> gems) {
    }

    private final String name;
    private final int level;
    private final String className;
    private final String ascendClassName;
    private final List<Integer> passives;
    private final Map<Integer, String> attributeNodes;
    private final List<Item> items;
    private final List<Skill> skills;
    private final int mainSocketGroup;
    private final Map<String, Object> config;
    private final String treeVersion;
    /** The XML this build was read from; null for what-if variants, whose XML would differ. */
    private final String xml;
    private volatile LuaTable lua;
    /** The data table this build's class and passives were last checked against (builds are immutable). */
    private volatile LuaTable validatedAgainst;

    private Build(String name, int level, String className, String ascendClassName, List<Integer> passives,
            Map<Integer, String> attributeNodes, List<Item> items, List<Skill> skills, int mainSocketGroup,
            Map<String, Object> config, String treeVersion, String xml) {
        this.treeVersion = treeVersion;
        this.xml = xml;
        this.name = name;
        this.level = level;
        this.className = className;
        this.ascendClassName = ascendClassName;
        this.passives = List.copyOf(passives);
        this.attributeNodes = Map.copyOf(attributeNodes);
        this.items = List.copyOf(items);
        this.skills = List.copyOf(skills);
        this.mainSocketGroup = mainSocketGroup;
        this.config = Map.copyOf(config);
    }

    // ---------------------------------------------------------------- reading

    public static Build fromXml(Path file) throws BuildException {
        String name = file.getFileName().toString().replaceAll("\\.xml$", "");
        try {
            return fromXml(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BuildException(name, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A build code as Path of Building exports it: base64url text of the zlib-deflated XML. */
    public static Build fromBuildCode(String name, String code) throws BuildException {
        byte[] deflated;
        try {
            deflated = Base64.getUrlDecoder().decode(code.strip().replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new BuildException(name, "not a build code (bad base64): " + e.getMessage());
        }
        byte[] xml;
        try {
            xml = Zlib.inflate(deflated);
        } catch (DataFormatException e) {
            throw new BuildException(name, "not a build code (bad zlib data): " + e.getMessage());
        }
        return fromXml(name, new String(xml, StandardCharsets.UTF_8));
    }

    public static Build fromXml(String name, String xml) throws BuildException {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            throw new BuildException(name, "malformed build XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new BuildException(name, "cannot parse build XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!root.getTagName().startsWith("PathOfBuilding")) {
            throw new BuildException(name, "not a Path of Building build: root element is <" + root.getTagName() + ">");
        }
        Element build = child(root, "Build");
        if (build == null) {
            throw new BuildException(name, "malformed build XML: no <Build> element");
        }
        int level = intAttribute(name, build, "level", 1);
        String className = build.getAttribute("className");
        if (className.isEmpty()) {
            throw new BuildException(name, "malformed build XML: <Build> has no className");
        }
        String ascendancy = build.getAttribute("ascendClassName");
        int mainSocketGroup = intAttribute(name, build, "mainSocketGroup", 1);

        List<Integer> passives = new ArrayList<>();
        Map<Integer, String> attributeNodes = new LinkedHashMap<>();
        Element spec = activeChild(child(root, "Tree"), "Spec", "activeSpec");
        if (spec != null) {
            for (String id : spec.getAttribute("nodes").split(",")) {
                if (!id.isBlank()) {
                    passives.add(parseNodeId(name, id));
                }
            }
            // Nodes of the second weapon set count only while the item set uses it, as in PoB.
            Element items = child(root, "Items");
            Element itemSet = activeChild(items, "ItemSet", "activeItemSet");
            boolean secondSet = items != null && ("true".equals(items.getAttribute("useSecondWeaponSet"))
                    || itemSet != null && "true".equals(itemSet.getAttribute("useSecondWeaponSet")));
            Element weaponSet2 = child(spec, "WeaponSet2");
            if (weaponSet2 != null && !secondSet) {
                for (String id : weaponSet2.getAttribute("nodes").split(",")) {
                    if (!id.isBlank()) {
                        passives.remove(Integer.valueOf(parseNodeId(name, id)));
                    }
                }
            }
            NodeList overrides = spec.getElementsByTagName("AttributeOverride");
            if (overrides.getLength() > 0) {
                Element o = (Element) overrides.item(0);
                for (String[] kind : new String[][] {{"strNodes", "Str"}, {"dexNodes", "Dex"}, {"intNodes", "Int"}}) {
                    for (String id : o.getAttribute(kind[0]).split(",")) {
                        if (!id.isBlank()) {
                            attributeNodes.put(parseNodeId(name, id), kind[1]);
                        }
                    }
                }
            }
        }

        List<Item> items = new ArrayList<>();
        Element itemsElement = child(root, "Items");
        if (itemsElement != null) {
            Map<String, String> textById = new LinkedHashMap<>();
            for (Element item : children(itemsElement, "Item")) {
                textById.put(item.getAttribute("id"), itemText(item));
            }
            Element set = activeChild(itemsElement, "ItemSet", "activeItemSet");
            if (set != null) {
                for (Element slot : children(set, "Slot")) {
                    String text = textById.get(slot.getAttribute("itemId"));
                    if (text != null && EQUIPPED_SLOTS.contains(slot.getAttribute("name"))) {
                        items.add(new Item(slot.getAttribute("name"), text));
                    }
                }
            }
        }

        List<Skill> skills = new ArrayList<>();
        Element set = activeChild(child(root, "Skills"), "SkillSet", "activeSkillSet");
        if (set != null) {
            for (Element skill : children(set, "Skill")) {
                List<Gem> gems = new ArrayList<>();
                for (Element gem : children(skill, "Gem")) {
                    gems.add(new Gem(gem.getAttribute("nameSpec"), gem.getAttribute("skillId"),
                            intAttribute(name, gem, "level", 1), intAttribute(name, gem, "quality", 0),
                            !"false".equals(gem.getAttribute("enabled"))));
                }
                skills.add(new Skill(!"false".equals(skill.getAttribute("enabled")), gems));
            }
        }

        Map<String, Object> config = new LinkedHashMap<>();
        Element configSet = activeChild(child(root, "Config"), "ConfigSet", "activeConfigSet");
        for (Element input : children(configSet != null ? configSet : child(root, "Config"), "Input")) {
            if (input.hasAttribute("number")) {
                config.put(input.getAttribute("name"), Double.parseDouble(input.getAttribute("number")));
            } else if (input.hasAttribute("boolean")) {
                config.put(input.getAttribute("name"), Boolean.parseBoolean(input.getAttribute("boolean")));
            } else if (input.hasAttribute("string")) {
                config.put(input.getAttribute("name"), input.getAttribute("string"));
            }
        }
        String treeVersion = spec == null || spec.getAttribute("treeVersion").isEmpty() ? null : spec.getAttribute("treeVersion");
        return new Build(name, level, className, ascendancy, passives, attributeNodes, items, skills, mainSocketGroup,
                config, treeVersion, xml);
    }

    private static int parseNodeId(String build, String id) throws BuildException {
        try {
            return Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            throw new BuildException(build, "malformed build XML: passive node id '" + id.strip() + "' is not a number");
        }
    }

    private static int intAttribute(String build, Element e, String attribute, int dflt) throws BuildException {
        String v = e.getAttribute(attribute);
        if (v.isEmpty() || v.equals("nil")) {
            return dflt;
        }
        try {
            return (int) Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            throw new BuildException(build, "malformed build XML: <" + e.getTagName() + " " + attribute + "=\"" + v + "\"> is not a number");
        }
    }

    private static String itemText(Element item) {
        StringBuilder b = new StringBuilder();
        for (org.w3c.dom.Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE || n.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        StringBuilder lines = new StringBuilder();
        for (String line : b.toString().split("\r?\n")) {
            if (!line.isBlank()) {
                lines.append(lines.length() > 0 ? "\n" : "").append(line.strip());
            }
        }
        return lines.toString();
    }

    private static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        List<Element> list = children(parent, tag);
        return list.isEmpty() ? null : list.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                list.add(e);
            }
        }
        return list;
    }

    /** The child whose id the parent's {@code activeAttribute} names (or whose position it is), else the first. */
    private static Element activeChild(Element parent, String tag, String activeAttribute) {
        List<Element> list = children(parent, tag);
        if (list.isEmpty()) {
            return null;
        }
        String active = parent.getAttribute(activeAttribute);
        for (Element e : list) {
            if (e.getAttribute("id").equals(active)) {
                return e;
            }
        }
        try {
            int index = Integer.parseInt(active);
            if (index >= 1 && index <= list.size()) {
                return list.get(index - 1);
            }
        } catch (NumberFormatException ignored) {
            // no usable index: first one
        }
        return list.get(0);
    }

    // ---------------------------------------------------------------- what-if variants

    /** The same build with passive nodes added and removed (no XML parsing). */
    public Build withPassives(Collection<Integer> add, Collection<Integer> remove) {
        Set<Integer> nodes = new LinkedHashSet<>(passives);
        nodes.removeAll(remove);
        nodes.addAll(add);
        return new Build(name, level, className, ascendClassName, new ArrayList<>(nodes), attributeNodes, items,
                skills, mainSocketGroup, config, treeVersion, null);
    }

    public Build withLevel(int newLevel) {
        return new Build(name, newLevel, className, ascendClassName, passives, attributeNodes, items, skills,
                mainSocketGroup, config, treeVersion, null);
    }

    public Build withName(String newName) {
        return new Build(newName, level, className, ascendClassName, passives, attributeNodes, items, skills,
                mainSocketGroup, config, treeVersion, xml);
    }

    // ---------------------------------------------------------------- accessors and the Lua view

    public String name() {
        return name;
    }

    /** The build XML as read, for engines that load XML themselves (PoB's own Lua); empty for what-if variants. */
    public java.util.Optional<String> xml() {
        return java.util.Optional.ofNullable(xml);
    }

    public int level() {
        return level;
    }

    public String className() {
        return className;
    }

    public String ascendClassName() {
        return ascendClassName;
    }

    /** The passive tree version the build was made for ("0_3"), or null when the XML does not say. */
    public String treeVersion() {
        return treeVersion;
    }

    public List<Integer> passives() {
        return passives;
    }

    public List<Item> items() {
        return items;
    }

    public List<Skill> skills() {
        return skills;
    }

    boolean validatedAgainst(LuaTable data) {
        return validatedAgainst == data;
    }

    void markValidated(LuaTable data) {
        validatedAgainst = data;
    }

    /** The {@code build} table of the calc modules; built once, never modified afterwards. */
    public LuaTable toLua() {
        LuaTable t = lua;
        if (t == null) {
            t = makeLua();
            lua = t;
        }
        return t;
    }

    private LuaTable makeLua() {
        LuaTable t = new LuaTable();
        t.set("name", LuaGlobals.bytes(name));
        t.set("level", (double) level);
        t.set("className", LuaGlobals.bytes(className));
        t.set("ascendClassName", LuaGlobals.bytes(ascendClassName));
        LuaTable nodes = new LuaTable();
        for (int i = 0; i < passives.size(); i++) {
            nodes.set(i + 1, (Object) Double.valueOf(passives.get(i)));
        }
        t.set("passives", nodes);
        LuaTable attributes = new LuaTable();
        attributeNodes.forEach((id, stat) -> attributes.set((double) id, (Object) LuaGlobals.bytes(stat)));
        t.set("attributeNodes", attributes);
        LuaTable itemList = new LuaTable();
        for (int i = 0; i < items.size(); i++) {
            LuaTable item = new LuaTable();
            item.set("slot", LuaGlobals.bytes(items.get(i).slot()));
            item.set("text", LuaGlobals.bytes(items.get(i).text()));
            itemList.set(i + 1, item);
        }
        t.set("items", itemList);
        LuaTable skillList = new LuaTable();
        for (int i = 0; i < skills.size(); i++) {
            Skill s = skills.get(i);
            LuaTable skill = new LuaTable();
            skill.set("enabled", s.enabled() ? Boolean.TRUE : Boolean.FALSE);
            LuaTable gems = new LuaTable();
            for (int g = 0; g < s.gems().size(); g++) {
                Gem gem = s.gems().get(g);
                LuaTable gt = new LuaTable();
                gt.set("name", LuaGlobals.bytes(gem.name()));
                gt.set("skillId", LuaGlobals.bytes(gem.skillId()));
                gt.set("level", (double) gem.level());
                gt.set("quality", (double) gem.quality());
                gt.set("enabled", gem.enabled() ? Boolean.TRUE : Boolean.FALSE);
                gems.set(g + 1, gt);
            }
            skill.set("gems", gems);
            skillList.set(i + 1, skill);
        }
        t.set("skills", skillList);
        t.set("mainSocketGroup", (double) mainSocketGroup);
        LuaTable configTable = new LuaTable();
        config.forEach((k, v) -> configTable.set(LuaGlobals.bytes(k), v instanceof String s ? LuaGlobals.bytes(s) : v));
        t.set("config", configTable);
        return t;
    }

    @Override
    public String toString() {
        return name + " (level " + level + " " + className + (ascendClassName.isEmpty() ? "" : " / " + ascendClassName) + ")";
    }
}
