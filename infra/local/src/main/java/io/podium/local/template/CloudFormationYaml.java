package io.podium.local.template;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CloudFormation YAML. Short-form intrinsics ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub ...}) become the
 * long form ({@code {"Ref": "X"}}, {@code {"Fn::GetAtt": ["A", "B"]}}, {@code {"Fn::Sub": ...}}), as CloudFormation
 * itself does, so the rest of the runtime deals with one representation only.
 */
public final class CloudFormationYaml {
    private CloudFormationYaml() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        // CloudFormation rejects duplicate keys; silently keeping the last one would hide a template bug.
        options.setAllowDuplicateKeys(false);
        Object document = new Yaml(new ShortFormConstructor(options)).load(yaml);
        if (!(document instanceof Map<?, ?> map)) {
            throw new TemplateException("a template must be a YAML mapping");
        }
        return (Map<String, Object>) map;
    }

    private static final class ShortFormConstructor extends SafeConstructor {
        ShortFormConstructor(LoaderOptions options) {
            super(options);
            yamlMultiConstructors.put("!", new LongForm());
        }

        private final class LongForm extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String name = node.getTag().getValue().substring(1);
                Object value = switch (node.getNodeId()) {
                    case scalar -> constructScalar((ScalarNode) node);
                    case sequence -> constructSequence((SequenceNode) node);
                    case mapping -> constructMapping((MappingNode) node);
                    default -> throw new TemplateException("unexpected YAML node for !" + name + node.getStartMark());
                };
                Map<String, Object> longForm = new LinkedHashMap<>();
                switch (name) {
                    case "Ref", "Condition" -> longForm.put(name, value);
                    // The short form of GetAtt is "Resource.Attribute"; only the first dot separates the two.
                    case "GetAtt" -> longForm.put("Fn::GetAtt", value instanceof String s ? splitAtFirstDot(s) : value);
                    default -> longForm.put("Fn::" + name, value);
                }
                return longForm;
            }
        }

        private static List<String> splitAtFirstDot(String value) {
            int dot = value.indexOf('.');
            return dot < 0 ? List.of(value) : Arrays.asList(value.substring(0, dot), value.substring(dot + 1));
        }
    }
}
