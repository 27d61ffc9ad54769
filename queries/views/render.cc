// Rendering in-process with Graphviz's libgvc and libcgraph
// (libgraphviz-dev): dot layout, then the SVG or PNG (cairo) renderer.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cctype>
#include <filesystem>
#include <memory>
#include <mutex>

#include "queries/views/views.h"

namespace parley::views {
namespace {

// Graphviz keeps global state (its error buffer, the cgraph disciplines):
// one rendering at a time.
std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

struct ContextDeleter {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

}  // namespace

std::optional<ImageFormat> ParseImageFormat(std::string_view name) {
  std::string lower;
  for (char c : name)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "svg") return ImageFormat::kSvg;
  if (lower == "png") return ImageFormat::kPng;
  if (lower == "dot" || lower == "gv") return ImageFormat::kDot;
  return std::nullopt;
}

std::optional<ImageFormat> ImageFormatOfPath(std::string_view path) {
  const std::string extension =
      std::filesystem::path(std::string(path)).extension().string();
  if (extension.size() < 2) return std::nullopt;
  return ParseImageFormat(std::string_view(extension).substr(1));
}

Result<std::string> Render(const std::string& dot, ImageFormat format) {
  if (format == ImageFormat::kDot) return dot;
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
  if (!gvc) return Status::IOError("Graphviz could not start");
  agseterr(AGERR);
  Agraph_t* graph = agmemread(dot.c_str());
  if (graph == nullptr) {
    const char* why = aglasterr();
    return Status::InvalidArgument(std::string("Graphviz cannot read the "
                                               "drawing: ") +
                                   (why ? why : "syntax error"));
  }
  std::string image;
  Status status = Status::Ok();
  if (gvLayout(gvc.get(), graph, "dot") != 0) {
    status = Status::IOError("Graphviz could not lay the drawing out");
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    const char* renderer = format == ImageFormat::kSvg ? "svg" : "png";
    if (gvRenderData(gvc.get(), graph, renderer, &data, &length) != 0 ||
        data == nullptr) {
      status = Status::IOError(std::string("Graphviz has no ") + renderer +
                               " renderer here (is its cairo plugin "
                               "installed?)");
    } else {
      image.assign(data, length);
    }
    gvFreeRenderData(data);
    gvFreeLayout(gvc.get(), graph);
  }
  agclose(graph);
  if (!status.ok()) return status;
  return image;
}

}  // namespace parley::views
